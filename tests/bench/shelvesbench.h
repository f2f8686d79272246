#pragma once

class QCommandLineParser;

namespace PaperShelf::Bench {

/// `shelves --library FILE [--runs N]`: counts and first pages of the built-in
/// shelves, alone and with a common word and the largest topic, as the GUI asks
/// them (a tag index per connection) and as the CLI does (SQL only). A library
/// without annotations is annotated first (to read, reading, read, favourites,
/// notes on a fixed share of the papers): this WRITES to FILE, so give it a copy.
int shelvesBench(const QCommandLineParser &parser);

} // namespace PaperShelf::Bench
