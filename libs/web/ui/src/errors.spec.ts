import { errorExtensions, readApiError, readFieldPaths } from './errors';

const badInput = {
  errors: [
    {
      message: 'Invalid input',
      extensions: {
        code: 'BAD_USER_INPUT',
        messages: { nl: 'Controleer de invoer.', en: 'Check your input.' },
        fields: [
          { field: 'email', messages: { nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid e-mail address.' } },
          { field: 'input.password', messages: { nl: 'Te kort.', en: 'Too short.' } },
        ],
      },
    },
  ],
};

describe('readApiError', () => {
  it('maps field messages by the last path segment, in the reader language', () => {
    expect(readApiError(badInput, 'nl')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Controleer de invoer.',
      fields: { email: 'Vul een geldig e-mailadres in.', password: 'Te kort.' },
      paths: { email: 'Vul een geldig e-mailadres in.', 'input.password': 'Te kort.' },
    });
    expect(readApiError(badInput, 'en').fields.email).toBe('Enter a valid e-mail address.');
  });

  it('keeps the full path of fields in a list, which the last segment alone cannot tell apart', () => {
    const error = {
      errors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'framework.0.questions.1.nl', messages: { nl: 'Vul de vraag in.', en: 'Enter the question.' } },
              { field: 'framework.2.questions.0.nl', messages: { nl: 'Te lang.', en: 'Too long.' } },
            ],
          },
        },
      ],
    };
    expect(readApiError(error, 'en').paths).toEqual({ 'framework.0.questions.1.nl': 'Enter the question.', 'framework.2.questions.0.nl': 'Too long.' });
  });

  it('falls back to Dutch when the language is missing', () => {
    const error = { errors: [{ extensions: { code: 'CONFLICT', messages: { nl: 'Gewijzigd.' } } }] };
    expect(readApiError(error, 'en')).toEqual({ code: 'CONFLICT', message: 'Gewijzigd.', fields: {}, paths: {} });
  });

  it('treats an error without GraphQL errors as a network error', () => {
    expect(readApiError(new Error('Failed to fetch'), 'nl').code).toBe('NETWORK');
  });

  it('marks unknown codes as UNKNOWN', () => {
    expect(readApiError({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 'nl').code).toBe('UNKNOWN');
  });
});

describe('readFieldPaths', () => {
  it('keeps the whole path so repeated groups can show each message at its own item', () => {
    const error = {
      errors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'agenda.1.topic', messages: { nl: 'Vul een onderwerp in.', en: 'Enter a topic.' } },
              { field: 'input.agenda.0.endTime', messages: { nl: 'Te vroeg.', en: 'Too early.' } },
            ],
          },
        },
      ],
    };
    expect(readFieldPaths(error, 'nl')).toEqual({ 'agenda.1.topic': 'Vul een onderwerp in.', 'agenda.0.endTime': 'Te vroeg.' });
    expect(readFieldPaths(error, 'en')['agenda.1.topic']).toBe('Enter a topic.');
  });

  it('gives nothing for a network error', () => {
    expect(readFieldPaths(new Error('Failed to fetch'), 'nl')).toEqual({});
  });
});

describe('errorExtensions', () => {
  it('reads what a CONFLICT carries', () => {
    const error = { errors: [{ extensions: { code: 'CONFLICT', currentVersion: 7 } }] };
    expect(errorExtensions(error)).toMatchObject({ currentVersion: 7 });
    expect(errorExtensions(new Error('x'))).toBeNull();
  });
});
