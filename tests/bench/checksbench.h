#pragma once

class QCommandLineParser;

namespace PaperShelf::Bench {

/// `checks [--papers N] [--runs N]`: the automatic review checks (issue 6).
/// With PAPERSHELF_CORPUS set, parses the real digests (not timed) and times
/// preparing every entry and checking all its segments. Then the same on N
/// synthetic papers (default 100,000): 10,000 distinct generated papers (or N
/// if fewer) checked round-robin until N paper checks are done, so that memory
/// stays bounded; generation is not timed. Median of --runs runs (default 3).
int checksBench(const QCommandLineParser &parser);

} // namespace PaperShelf::Bench
