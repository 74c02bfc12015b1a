export { writeFileAtomic, writeFileAtomicOverlapped, type WriteBytes } from './writeFileAtomic';
