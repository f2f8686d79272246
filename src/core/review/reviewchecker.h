#pragma once

#include "core/review/preparedsource.h"
#include "core/review/reviewtypes.h"

#include <QList>
#include <QString>

namespace PaperShelf::Core {

struct DigestEntry;

/// What one automatic check is: its id, severity and a one-line explanation in
/// both interface languages (core has no translator; the GUI picks the language).
struct CheckInfo
{
    QString id; ///< e.g. "placeholder"; stable, stored in the library and in `lint --json`
    Severity severity = Severity::Warning;
    QString explanationEn;
    QString explanationZh;
};

/// The automatic checks of the machine Chinese (issue 6): pure functions of a
/// segment's text and the English side of its entry (title, authors, abstract,
/// comment, arXiv id, links), plus the glossary. Thread-safe once constructed;
/// one checker can be shared by worker threads.
class ReviewChecker final
{
public:
    explicit ReviewChecker(QList<GlossaryTerm> glossary = {});
    ~ReviewChecker();
    ReviewChecker(const ReviewChecker &);
    ReviewChecker &operator=(const ReviewChecker &);

    /// Every check, in the order findings of equal position are reported.
    static const QList<CheckInfo> &catalog();
    /// The catalog entry for `id` (nullptr for an unknown id).
    static const CheckInfo *info(const QString &id);

    /// The findings on `segment.text` (which may be a reviewer's correction),
    /// with `entry` as the English source; sorted by start, then catalog order.
    QList<Finding> check(const SegmentText &segment, const DigestEntry &entry) const;

    /// The English side of `entry` normalised for check(): prepare once per
    /// entry and check all its segments against it (cheaper than the overload
    /// above, which prepares the entry on every call).
    PreparedSource prepare(const DigestEntry &entry) const;
    /// As check(segment, entry), with the entry prepared by prepare() of this
    /// checker (the source refers to this checker's glossary by position).
    QList<Finding> check(const SegmentText &segment, const PreparedSource &source) const;

private:
    QList<GlossaryTerm> m_glossary;
};

} // namespace PaperShelf::Core
