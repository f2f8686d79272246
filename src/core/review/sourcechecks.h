#pragma once

#include "core/review/preparedsource.h"
#include "core/review/reviewtypes.h"

#include <QList>
#include <QStringView>

namespace PaperShelf::Core {

/// The checks that compare the Chinese text with the English side of its
/// entry (prepared once per entry as a PreparedSource). Each appends its
/// findings to `out`, with spans into `text`.
class SourceChecks final
{
public:
    /// Measured numbers (with a unit, percent, magnitude or metric) that the
    /// English title, abstract and comment never state.
    static void numbers(QStringView text, const PreparedSource &source, QList<Finding> *out);
    /// Links and arXiv ids that the English side lacks, or that name another paper.
    static void links(QStringView text, const PreparedSource &source, QList<Finding> *out);
    /// An authors item whose Latin names share no surname with the real authors.
    static void authors(QStringView text, const PreparedSource &source, QList<Finding> *out);
    /// A Chinese title that drops the English title's leading name, or carries
    /// a CamelCase or alphanumeric name that the English side never mentions.
    static void title(QStringView text, const PreparedSource &source, QList<Finding> *out);
    /// Known wrong renderings of glossary terms that the English uses, where
    /// the agreed rendering is missing.
    static void glossary(QStringView text,
                         const PreparedSource &source,
                         const QList<GlossaryTerm> &glossary,
                         QList<Finding> *out);
};

} // namespace PaperShelf::Core
