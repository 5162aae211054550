// Stands in for the 'server-only' marker package in unit tests, which run on the server anyway.
export {};
