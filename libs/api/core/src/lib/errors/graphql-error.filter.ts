import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ExternalExceptionFilter } from '@nestjs/core/exceptions/external-exception-filter';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { unavailableFor } from './database-status';

/** Expected errors (not found, bad input, conflicts) go to the client as they are, without an error log. */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}

/**
 * A statement the database could not do right now (timeout, lock, lost connection: REL-09)
 * becomes the retryable SERVICE_UNAVAILABLE, reported once by databaseStatus instead of a stack
 * trace per request. Every other failed statement is handled exactly as before.
 */
@Catch(QueryFailedError)
export class DatabaseTroubleFilter extends BaseExceptionFilter {
  private readonly external = new ExternalExceptionFilter();

  override catch(error: QueryFailedError, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(error, host);
    const unavailable = unavailableFor(error);
    if (!unavailable) return this.external.catch(error, host);
    // The HTTP status is decided for the whole operation (answerUnavailable), not by one field.
    delete unavailable.extensions['http'];
    return unavailable;
  }
}
