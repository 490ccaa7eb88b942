// Tests run outside React's server environment; "server-only" would throw there. The guard still
// applies in the app, where Next.js resolves it with the react-server condition.
export {};
