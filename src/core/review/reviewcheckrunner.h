#pragma once

#include "core/review/reviewchecker.h"
#include "core/util/result.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace PaperShelf::Core {

/// Brings the stored check findings up to date: makes the segments of papers
/// from before schema 4, then checks every segment whose text (or the glossary)
/// changed since it was last checked. Works in batches, each its own short
/// transaction, so a GUI worker can run it in the background and other writers
/// get their turn; a cancelled run leaves the rest unchecked for the next one.
class ReviewCheckRunner final
{
public:
    /// (segments done, segments to do); called before each batch.
    using Progress = std::function<void(int done, int total)>;

    /// Segments checked per transaction.
    static constexpr int BatchSize = 2000;

    ReviewCheckRunner(const QSqlDatabase &db, ReviewChecker checker);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    /// When the flag becomes true the run stops after the current batch.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Returns how many segments were checked.
    Result<int> run();

    /// A checker with the library's glossary (without it when the glossary cannot be read).
    static ReviewChecker checkerFor(const QSqlDatabase &db);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QSqlDatabase m_db;
    ReviewChecker m_checker;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace PaperShelf::Core
