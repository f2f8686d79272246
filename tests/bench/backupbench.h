#pragma once

class QCommandLineParser;

namespace PaperShelf::Bench {

/// `backup --library FILE [--runs N]`: the issue 8 budgets on an existing
/// library, opened read-only and left unchanged: `PRAGMA quick_check`, and a
/// full LibraryBackup::make() (VACUUM INTO, quick_check of the copy, the
/// annotation sidecar), written beside a symlink in a temporary folder and
/// removed after each run; also the content signature backupIfDue() compares.
/// Median of --runs runs (default 3).
int backupBench(const QCommandLineParser &parser);

} // namespace PaperShelf::Bench
