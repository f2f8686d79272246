#pragma once

namespace PaperShelf::Cli {

/// The documented exit codes of papershelf-cli (see README).
enum class ExitCode {
    Success = 0,      ///< also with warnings and skipped files
    ItemFailed = 1,   ///< a file or item failed
    Usage = 2,        ///< bad arguments
    LibraryError = 3, ///< the library cannot be opened (locked, corrupt, not ours, newer schema, read-only)
    NotFound = 4,     ///< the paper asked for does not exist
};

} // namespace PaperShelf::Cli
