/** A meeting's page in the web app (the route /bijeenkomsten/:id): its programme, its theme tables and who sits where. */
export const meetingPath = (meetingId: string) => `/bijeenkomsten/${meetingId}`;
