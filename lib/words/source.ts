/**
 * Where word mode's dictionary comes from and what the consent prompt says of it: the one piece of
 * lib/words the reader panel loads with itself (the rest loads when word mode is first used).
 */
/**
 * kengdic's TSV as GitHub serves it raw: the file datapackage.json names (`"path": "kengdic.tsv"`),
 * on the master branch its README's example loads the package from
 * (https://raw.githubusercontent.com/garfieldnate/kengdic/master/datapackage.json).
 */
export const KENGDIC_URL = 'https://raw.githubusercontent.com/garfieldnate/kengdic/master/kengdic.tsv';

/**
 * What the consent prompt shows before the real size is known. An estimate, not a measurement:
 * the file could not be fetched from this machine; a third-party import of 117,509 entries
 * reports 12 MB. The download reports the real Content-Length as soon as the host sends it.
 */
export const KENGDIC_ESTIMATED_BYTES = 12_000_000;

/** A ceiling far above kengdic's size: an answer larger than this is not the dictionary. */
export const KENGDIC_MAX_BYTES = 64_000_000;

export const KENGDIC_CREDIT = 'kengdic by Joe Speigle (github.com/garfieldnate/kengdic), MPL 2.0 or LGPL 2.0+';
