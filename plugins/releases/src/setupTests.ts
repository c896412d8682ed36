import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Rendering Backstage tables and lazy-loaded extensions can be slow on a busy machine. Wait
// longer for things to appear, so that load on the machine does not fail a test; what the
// tests expect is unchanged.
configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);
