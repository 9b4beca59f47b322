// Test helpers for the intake and its users (the demo, the forwarders): both stores, fresh each time.
export { type ClientInit, CookieClient } from './client.js';
export { fixtureId, ticketFixture } from './fixture.js';
export { Client, type IntakeHarness, startTestIntake, TEST_ADMIN, TEST_AGENT } from './harness.js';
export { createTestDatabase, describeTestDatabase, type TestDatabase } from './postgres.js';
export { STORE_KINDS, type TestStore, type TestStoreKind, testStore } from './store.js';
