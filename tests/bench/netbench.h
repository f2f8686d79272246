#pragma once

class QCommandLineParser;

namespace PaperShelf::Bench {

/// `digest-url --digest FILE [--runs N]`: downloads FILE from a loopback server
/// and imports it into a fresh library, per run.
int digestUrlBench(const QCommandLineParser &parser);

/// `arxiv-parse [--runs N]`: parses a generated arXiv API feed of 50 entries.
int arxivParseBench(const QCommandLineParser &parser);

} // namespace PaperShelf::Bench
