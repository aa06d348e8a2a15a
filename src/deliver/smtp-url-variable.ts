// The environment variable naming the SMTP server, apart from the transport so a command's help can
// name it without loading the mail library.
export const SMTP_URL_VARIABLE = 'SHINCHOKU_SMTP_URL';
