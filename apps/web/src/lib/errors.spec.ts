import { readApiError } from './errors';

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
    });
    expect(readApiError(badInput, 'en').fields.email).toBe('Enter a valid e-mail address.');
  });

  it('falls back to Dutch when the language is missing', () => {
    const error = { errors: [{ extensions: { code: 'CONFLICT', messages: { nl: 'Gewijzigd.' } } }] };
    expect(readApiError(error, 'en')).toEqual({ code: 'CONFLICT', message: 'Gewijzigd.', fields: {} });
  });

  it('treats an error without GraphQL errors as a network error', () => {
    expect(readApiError(new Error('Failed to fetch'), 'nl').code).toBe('NETWORK');
  });

  it('marks unknown codes as UNKNOWN', () => {
    expect(readApiError({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 'nl').code).toBe('UNKNOWN');
  });
});
