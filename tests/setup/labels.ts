// The tests render components in every language in a browser (and in jsdom, which counts as
// one), where only English labels are built in: load every language once, as a page's load
// function loads its own.
import { labelledLanguages, loadLabels } from '../../src/lib/i18n/labels';

await Promise.all(labelledLanguages.map((lang) => loadLabels(lang)));
