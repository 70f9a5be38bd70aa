/** @type {import('jest').Config} */
module.exports = {
  ...require('./jest.config.js'),
  roots: ['<rootDir>/tests/e2e'],
  testPathIgnorePatterns: [],
  maxWorkers: 1,
  testTimeout: 60000,
};
