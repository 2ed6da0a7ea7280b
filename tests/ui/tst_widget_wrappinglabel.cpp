// WrappingLabel remembers the heights it measured (a third of the text shaping before the first paint was
// QLabel measuring the same label at the same widths again). It must answer exactly as QLabel does, and
// forget on every change that moves the text.
#include <QFont>
#include <QLabel>
#include <QTest>

#include "ui/widgets/WrappingLabel.h"

using eflow::ui::WrappingLabel;
using namespace Qt::StringLiterals;

namespace {

const QString kLong = u"Windows 10 version 1809 (build 17763) or later with the current cumulative updates, "
                      "Windows 11, or Windows Server 2019 or 2022"_s;
const QString kGerman =
    u"Hyper-V aktiviert; unter Windows Server die Hyper-V-Rolle und ein virtueller Switch "
    "(Windows Server hat keinen Default Switch)"_s;

// A QLabel set up as `label` is: the reference the remembered heights are checked against.
std::unique_ptr<QLabel> twin(const QLabel &label)
{
    auto plain = std::make_unique<QLabel>();
    plain->setTextFormat(label.textFormat());
    plain->setText(label.text());
    plain->setWordWrap(label.wordWrap());
    plain->setFont(label.font());
    plain->setIndent(label.indent());
    plain->setMargin(label.margin());
    plain->setAlignment(label.alignment());
    plain->setContentsMargins(label.contentsMargins());
    plain->setMinimumWidth(label.minimumWidth());
    return plain;
}

void expectSameAsQLabel(const WrappingLabel &label, const QList<int> &widths)
{
    const auto plain = twin(label);
    for (int w : widths) {
        // Twice: the second answer comes from what was remembered.
        QCOMPARE(label.heightForWidth(w), plain->heightForWidth(w));
        QCOMPARE(label.heightForWidth(w), plain->heightForWidth(w));
    }
}

const QList<int> kWidths{20, 80, 150, 151, 240, 300, 500, 696, 2000};

} // namespace

class TestWrappingLabel final : public QObject
{
    Q_OBJECT

private slots:
    void sameHeightsAsQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::newRow("long English") << kLong << int(Qt::PlainText);
        QTest::newRow("long German") << kGerman << int(Qt::PlainText);
        QTest::newRow("one word") << u"Einstellungen"_s << int(Qt::PlainText);
        QTest::newRow("empty") << QString() << int(Qt::PlainText);
        QTest::newRow("line breaks") << u"Run this first:\nSet-EflowVmFeature -feature DpsTpm -enable"_s
                                     << int(Qt::PlainText);
        QTest::newRow("rich text") << u"<a href=\"https://aka.ms/AzEFLOW-Releases\">EFLOW releases</a> and "
                                      "the license terms that go with each of them"_s
                                   << int(Qt::RichText);
    }

    void sameHeightsAsQLabel()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        WrappingLabel label;
        label.setTextFormat(Qt::TextFormat(format));
        label.setText(text);
        label.setWordWrap(true);
        expectSameAsQLabel(label, kWidths);
    }

    // Each change below is made after heights were remembered; every answer after it must be new.
    void forgetsOnEveryChange_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *change : {"text", "font", "indent", "margin", "contents margins", "minimum width",
                                   "alignment", "format", "word wrap off"})
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void forgetsOnEveryChange()
    {
        QFETCH(QString, change);
        auto label = std::unique_ptr<WrappingLabel>(eflow::ui::makeWrappingLabel(kLong, nullptr));
        const int before = label->heightForWidth(150);
        QVERIFY(before > 0);
        if (change == u"text"_s) {
            label->setText(kLong + u' ' + kLong);
        } else if (change == u"font"_s) {
            QFont big = label->font();
            big.setPointSizeF(big.pointSizeF() * 2);
            label->setFont(big);
        } else if (change == u"indent"_s) {
            label->setIndent(60);
        } else if (change == u"margin"_s) {
            label->setMargin(30);
        } else if (change == u"contents margins"_s) {
            label->setContentsMargins(50, 10, 0, 10);
        } else if (change == u"minimum width"_s) {
            label->setMinimumWidth(400);
        } else if (change == u"alignment"_s) {
            label->setAlignment(Qt::AlignRight | Qt::AlignBottom);
        } else if (change == u"format"_s) {
            label->setTextFormat(Qt::RichText);
            label->setText(u"<h1>"_s + kLong + u"</h1>"_s);
        } else if (change == u"word wrap off"_s) {
            label->setWordWrap(false);
        }
        expectSameAsQLabel(*label, kWidths);
        // The text moved for this width (a test that cannot fail would prove nothing).
        if (change != u"alignment"_s)
            QVERIFY2(label->heightForWidth(150) != before, qPrintable(change));
    }

    // What it is for: a layout pass asks the same few widths again and again; only the first costs.
    void remembersFourWidths()
    {
        WrappingLabel label(kLong);
        label.setWordWrap(true);
        const auto plain = twin(label);
        for (int round = 0; round < 3; ++round) {
            for (int w : {240, 235, 696, 682})
                QCOMPARE(label.heightForWidth(w), plain->heightForWidth(w));
        }
    }
};

QTEST_MAIN(TestWrappingLabel)
#include "tst_widget_wrappinglabel.moc"
