// The build layer's tests drive a browser or a build: on a busy machine one may take minutes. This
// bounds a test that hangs; it is not a measure of speed, as every wait inside a test is for an event.
jest.setTimeout(300_000);
