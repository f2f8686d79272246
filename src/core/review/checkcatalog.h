#pragma once

#include "core/review/reviewchecker.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// The ids and descriptions of the automatic checks (ReviewChecker::catalog()
/// returns list()), and the one way a check turns a span into a Finding.
class CheckCatalog final
{
public:
    static const QString Placeholder;    ///< "placeholder": template fill-ins (xxx, [领域], 作者名)
    static const QString NonAnswer;      ///< "non_answer": None / 未提供 / "the abstract does not say"
    static const QString Chatter;        ///< "chatter": the assistant talking to the user
    static const QString PromptLeak;     ///< "prompt_leak": the generation prompt echoed back
    static const QString ToolError;      ///< "tool_error": the generator's error message as content
    static const QString SerializedList; ///< "serialized_list": ['a', 'b'] as text
    static const QString NumberMismatch; ///< "number_mismatch": a measured number the English lacks
    static const QString UrlMismatch;    ///< "url_mismatch": a link or arXiv id the English lacks
    static const QString AuthorMismatch; ///< "author_mismatch": no real author's surname in the authors item
    static const QString TitleMismatch;  ///< "title_mismatch": the Chinese title drops or swaps the method name
    static const QString Untranslated;   ///< "untranslated": mostly English where Chinese was due
    static const QString Glossary;       ///< "glossary": a known wrong rendering of a glossary term
    static const QString Empty;          ///< "empty": an item given with no text
    static const QString Truncated;      ///< "truncated": the text stops mid-sentence

    /// Every check in catalog order (the order of equal-position findings).
    static const QList<CheckInfo> &list();
    /// Position of `id` in list() (list().size() for an unknown id).
    static int order(const QString &id);

    /// The finding of check `id` on [start, end) of `text`; severity from the catalog.
    static Finding finding(const QString &id, QStringView text, qsizetype start, qsizetype end);
};

} // namespace PaperShelf::Core
