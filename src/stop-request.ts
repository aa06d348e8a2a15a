// How the scheduler asks a job it started to stop where there are no signals to ask with: on Windows
// a kill ends the child at once, so the request goes over the IPC channel and is honoured as SIGTERM.
export const STOP_REQUEST = 'shinchoku:stop';
