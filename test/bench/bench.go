// Package bench holds quotetrail's scale benchmarks: bulk import and
// full-text search over synthetic data sets of 100k and 1M quotes (see
// BENCHMARKS.md for how to run them and what they measured). Generated
// databases are cached under the system's temporary folder, never in the
// repository.
package bench
