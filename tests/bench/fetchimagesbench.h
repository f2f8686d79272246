#pragma once

class QCommandLineParser;

namespace PaperShelf::Bench {

/// `papershelf-bench fetch-images [--images N] [--kb K] [--concurrency N]`: downloads N
/// images of about K KB from a loopback server (on its own thread) into a fresh
/// library with the default FetchPolicy; prints wall time, images/s, MB/s, peak RSS.
int fetchImagesBench(const QCommandLineParser &parser);

} // namespace PaperShelf::Bench
