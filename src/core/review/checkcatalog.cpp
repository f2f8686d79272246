#include "core/review/checkcatalog.h"

namespace PaperShelf::Core {

const QString CheckCatalog::Placeholder = QStringLiteral("placeholder");
const QString CheckCatalog::NonAnswer = QStringLiteral("non_answer");
const QString CheckCatalog::Chatter = QStringLiteral("chatter");
const QString CheckCatalog::PromptLeak = QStringLiteral("prompt_leak");
const QString CheckCatalog::ToolError = QStringLiteral("tool_error");
const QString CheckCatalog::SerializedList = QStringLiteral("serialized_list");
const QString CheckCatalog::NumberMismatch = QStringLiteral("number_mismatch");
const QString CheckCatalog::UrlMismatch = QStringLiteral("url_mismatch");
const QString CheckCatalog::AuthorMismatch = QStringLiteral("author_mismatch");
const QString CheckCatalog::TitleMismatch = QStringLiteral("title_mismatch");
const QString CheckCatalog::Untranslated = QStringLiteral("untranslated");
const QString CheckCatalog::Glossary = QStringLiteral("glossary");
const QString CheckCatalog::Empty = QStringLiteral("empty");
const QString CheckCatalog::Truncated = QStringLiteral("truncated");

const QList<CheckInfo> &CheckCatalog::list()
{
    // Core has no translator: both languages live here, the GUI picks one.
    static const QList<CheckInfo> checks = {
        {Placeholder,
         Severity::Error,
         QStringLiteral("A template fill-in (such as xxx, [领域] or 作者名) stands where real content belongs."),
         QStringLiteral("此处是模板占位符（如 xxx、[领域]、作者名），而不是实际内容。")},
        {NonAnswer,
         Severity::Error,
         QStringLiteral("The item gives no answer (None, 未提供, or a note that the abstract does not say)."),
         QStringLiteral("该项没有给出内容（如 None、未提供，或声称摘要中没有相关信息）。")},
        {Chatter,
         Severity::Warning,
         QStringLiteral("The assistant talks to the reader (a preamble, closing, offer or apology) instead of "
                        "summarising the paper."),
         QStringLiteral("这是助手对读者说的客套话（开场白、结束语、提议或道歉），不是论文内容。")},
        {PromptLeak,
         Severity::Error,
         QStringLiteral("An instruction from the generation prompt was copied into the text."),
         QStringLiteral("生成提示词中的指令被抄进了正文。")},
        {ToolError,
         Severity::Error,
         QStringLiteral("The generator's error message stands in place of the content."),
         QStringLiteral("此处是生成工具的报错信息，而不是内容。")},
        {SerializedList,
         Severity::Warning,
         QStringLiteral("A programming-language list (['a', 'b']) was pasted as text instead of being written out."),
         QStringLiteral("文本中出现了程序语言的列表写法（如 ['a', 'b']），应改写为正常的文字。")},
        {NumberMismatch,
         Severity::Warning,
         QStringLiteral("This number with its unit does not occur in the English abstract or comment; check it "
                        "against the source."),
         QStringLiteral("该数值（带单位或百分号）未出现在英文摘要或备注中，请对照原文核实。")},
        {UrlMismatch,
         Severity::Error,
         QStringLiteral("This link or arXiv id does not occur on the English side, or it points at another paper."),
         QStringLiteral("该链接或 arXiv 编号未出现在英文原文中，或指向了另一篇论文。")},
        {AuthorMismatch,
         Severity::Error,
         QStringLiteral("None of the names listed matches a surname of the paper's real authors."),
         QStringLiteral("所列作者中没有一个与论文真实作者的姓氏相符。")},
        {TitleMismatch,
         Severity::Warning,
         QStringLiteral("The Chinese title drops the method name the English title starts with, or names a method "
                        "the English side never mentions."),
         QStringLiteral("中文标题遗漏了英文标题开头的方法名，或出现了英文原文中没有的方法名。")},
        {Untranslated,
         Severity::Warning,
         QStringLiteral("The text is mostly English beyond names and terms: it was not translated."),
         QStringLiteral("除人名和术语外，这段文字大部分仍是英文，没有翻译。")},
        {Glossary,
         Severity::Warning,
         QStringLiteral("A glossary term is rendered with a known wrong translation instead of the agreed one."),
         QStringLiteral("术语使用了已知的错误译法，而不是术语表中约定的译名。")},
        {Empty,
         Severity::Info,
         QStringLiteral("The item is present but has no text."),
         QStringLiteral("该项存在，但没有内容。")},
        {Truncated,
         Severity::Warning,
         QStringLiteral("The text stops mid-sentence: its end seems to be cut off."),
         QStringLiteral("文本在句子中间中断，结尾似乎被截掉了。")},
    };
    return checks;
}

int CheckCatalog::order(const QString &id)
{
    const QList<CheckInfo> &checks = list();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return static_cast<int>(checks.size());
}

Finding CheckCatalog::finding(const QString &id, QStringView text, qsizetype start, qsizetype end)
{
    Finding finding;
    finding.check = id;
    const int position = order(id);
    Q_ASSERT(position < list().size());
    finding.severity = position < list().size() ? list().at(position).severity : Severity::Warning;
    finding.start = static_cast<int>(start);
    finding.end = static_cast<int>(end);
    finding.excerpt = text.sliced(start, end - start).toString();
    return finding;
}

} // namespace PaperShelf::Core
