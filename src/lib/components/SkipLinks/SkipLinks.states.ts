import { SkipLinks } from 'broadsheet';
import { dwSkipLinks } from '$fixtures/dw-us-russia';
import { state } from '$tests/helpers/state';

export default [state('SkipLinks', SkipLinks, { links: [...dwSkipLinks] })];
