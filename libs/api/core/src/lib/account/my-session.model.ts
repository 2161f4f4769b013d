import { Field, ID, ObjectType } from '@nestjs/graphql';

/** One of the signed-in person's live sessions, as the account page lists them. */
@ObjectType()
export class MySession {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'When the session was last used (kept to the minute).' })
  lastSeenAt!: Date;

  @Field(() => String, { nullable: true, description: "The browser's User-Agent at sign-in (at most 300 characters); null when it sent none." })
  userAgent!: string | null;

  @Field({ description: 'True for the session of this very request.' })
  current!: boolean;
}
