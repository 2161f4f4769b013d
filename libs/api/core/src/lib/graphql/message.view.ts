import { Field, ObjectType } from '@nestjs/graphql';

/** A sentence for the reader, in Dutch and English: an explanation, a problem to fix. */
@ObjectType('Message')
export class MessageView {
  @Field() nl!: string;
  @Field() en!: string;
}
