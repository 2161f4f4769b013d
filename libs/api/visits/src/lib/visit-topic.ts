/** The live topic of a visit: its findings board and everything that changes who may follow it. */
export const visitTopic = (visitId: string) => `visit:${visitId}`;
