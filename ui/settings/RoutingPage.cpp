// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingPage.h"

#include "ClassifierSetWriter.h"
#include "ClassifierTableModel.h"
#include "InlineStatus.h"
#include "config/Settings.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace CodeGuru {

RoutingPage::RoutingPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    buildUi();
    load();
}

void RoutingPage::buildUi()
{
    m_classifierModel = new QComboBox(this);
    m_classifierModel->setObjectName(QStringLiteral("classifierModelCombo"));
    m_classifierModel->setEditable(true);
    m_classifierModel->setInsertPolicy(QComboBox::NoInsert);
    m_classifierModel->lineEdit()->setPlaceholderText(tr("Same as the answer model"));
    m_classifierModel->setToolTip(
        tr("A small, fast model answers the routing questions best; the answer model is used when empty."));
    m_deadline = new QSpinBox(this);
    m_deadline->setObjectName(QStringLiteral("routingDeadlineSpin"));
    m_deadline->setRange(250, 60'000);
    m_deadline->setSingleStep(250);
    m_deadline->setSuffix(tr(" ms"));
    m_deadline->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_deadline->setToolTip(tr("Classifiers that have not answered by then take their default."));
    m_redaction = new QComboBox(this);
    m_redaction->setObjectName(QStringLiteral("redactionCombo"));
    m_redaction->addItem(tr("For providers on other machines (recommended)"), int(RedactionMode::Remote));
    m_redaction->addItem(tr("Always, even for a model on this machine"), int(RedactionMode::Always));
    m_redaction->addItem(tr("Never"), int(RedactionMode::Never));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Classifier &model:"), m_classifierModel);
    form->addRow(tr("Routing &deadline:"), m_deadline);
    form->addRow(tr("&Hide secrets in attachments:"), m_redaction);

    auto *classifiers = new QGroupBox(tr("Classifiers"), this);
    auto *intro = new QLabel(tr("Before each question is answered, the classifier model is asked these "
                                "questions to decide what to attach. {query} stands for the question."),
                             classifiers);
    intro->setWordWrap(true);
    m_model = new ClassifierTableModel(this);
    m_table = new QTableView(classifiers);
    m_table->setObjectName(QStringLiteral("classifierTable"));
    m_table->setAccessibleName(tr("Classifiers"));
    // With Tab going from cell to cell, and round again, Tab could never leave the table.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClassifierTableModel::QuestionColumn,
                                                      QHeaderView::Stretch);
    m_question = new QPlainTextEdit(classifiers);
    m_question->setObjectName(QStringLiteral("classifierQuestionEdit"));
    m_question->setTabChangesFocus(true);
    m_question->setPlaceholderText(tr("Select a classifier to edit its question."));
    m_question->setFixedHeight(m_question->fontMetrics().lineSpacing() * 5 + 12);
    m_resetButton = new QPushButton(tr("Reset to defaults"), classifiers);
    m_resetButton->setObjectName(QStringLiteral("resetClassifiersButton"));
    m_setStatus = new InlineStatus(classifiers);
    m_setStatus->setObjectName(QStringLiteral("classifierSetStatus"));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_setStatus, 1);
    footer->addWidget(m_resetButton, 0, Qt::AlignTop);
    auto *box = new QVBoxLayout(classifiers);
    box->addWidget(intro);
    box->addWidget(m_table, 1);
    m_questionLabel = new QLabel(classifiers);
    m_questionLabel->setBuddy(m_question);
    box->addWidget(m_questionLabel);
    box->addWidget(m_question);
    box->addLayout(footer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(classifiers, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutingPage::showSelectedQuestion);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoutingPage::showSelectedQuestion);
    connect(m_question, &QPlainTextEdit::textChanged, this,
            [this] { m_model->setQuestion(m_table->currentIndex().row(), m_question->toPlainText()); });
    connect(m_model, &ClassifierTableModel::edited, this, [this] {
        m_edited = true;
        showSetSource();
    });
    connect(m_resetButton, &QPushButton::clicked, this, &RoutingPage::resetToDefaults);
}

void RoutingPage::load()
{
    m_classifierModel->setEditText(m_settings->classifierModel());
    m_deadline->setValue(int(m_settings->routingDeadline().count()));
    m_redaction->setCurrentIndex(m_redaction->findData(int(m_settings->redactionMode())));
    loadClassifiers();
}

void RoutingPage::loadClassifiers()
{
    const QString path = m_settings->classifierSetFile();
    m_loadProblem.clear();
    m_set = ClassifierSet::defaults();
    if (QFile::exists(path)) {
        if (auto set = ClassifierSet::fromFile(path, &m_loadProblem))
            m_set = *set;
    }
    m_model->setClassifiers(m_set.classifiers);
    m_table->setCurrentIndex(m_model->index(0, ClassifierTableModel::IdColumn));
    m_edited = false;
    m_resetPending = false;
    showSetSource();
}

void RoutingPage::setKnownModels(const QStringList &models)
{
    const QString text = m_classifierModel->currentText();
    m_classifierModel->clear();
    m_classifierModel->addItems(models);
    m_classifierModel->setEditText(text);
}

void RoutingPage::showSelectedQuestion()
{
    const int row = m_table->currentIndex().row();
    const bool valid = row >= 0 && row < m_model->classifiers().size();
    const QSignalBlocker blocker(m_question);
    m_question->setPlainText(valid ? m_model->classifiers().at(row).question : QString());
    m_questionLabel->setText(valid ? tr("&Question asked by “%1”:").arg(m_model->classifiers().at(row).id)
                                   : tr("&Question:"));
    m_question->setEnabled(valid);
}

void RoutingPage::resetToDefaults()
{
    m_set = ClassifierSet::defaults();
    m_model->setClassifiers(m_set.classifiers);
    m_table->setCurrentIndex(m_model->index(0, ClassifierTableModel::IdColumn));
    m_edited = false;
    m_resetPending = QFile::exists(m_settings->classifierSetFile());
    m_loadProblem.clear();
    showSetSource();
}

void RoutingPage::showSetSource()
{
    const QString path = QDir::toNativeSeparators(m_settings->classifierSetFile());
    const bool fileInUse = QFile::exists(m_settings->classifierSetFile()) || !m_loadProblem.isEmpty();
    m_resetButton->setEnabled(m_edited || (fileInUse && !m_resetPending));
    if (m_edited)
        m_setStatus->setMessage(InlineStatus::Kind::Info,
                                tr("Apply saves your classifiers to %1.").arg(path));
    else if (m_resetPending)
        m_setStatus->setMessage(InlineStatus::Kind::Info,
                                tr("Apply deletes %1 and goes back to the built-in classifiers.").arg(path));
    else if (!m_loadProblem.isEmpty())
        m_setStatus->setMessage(
            InlineStatus::Kind::Error,
            tr("%1 The built-in classifiers are shown; a change you apply replaces the file.")
                .arg(m_loadProblem));
    else if (QFile::exists(m_settings->classifierSetFile()))
        m_setStatus->setMessage(InlineStatus::Kind::Info, tr("Your classifiers, from %1.").arg(path));
    else
        m_setStatus->setMessage(InlineStatus::Kind::Info, tr("The built-in classifiers."));
}

ClassifierSet RoutingPage::editedSet() const
{
    ClassifierSet set = m_set;
    set.classifiers = m_model->classifiers();
    return set;
}

bool RoutingPage::validate()
{
    if (!m_edited)
        return true;
    const QList<ClassifierSpec> &classifiers = m_model->classifiers();
    for (int row = 0; row < classifiers.size(); ++row) {
        if (classifiers.at(row).question.trimmed().isEmpty()) {
            m_table->setCurrentIndex(m_model->index(row, ClassifierTableModel::IdColumn));
            m_question->setFocus();
            m_setStatus->setMessage(InlineStatus::Kind::Error,
                                    tr("The classifier “%1” needs a question.").arg(classifiers.at(row).id));
            return false;
        }
    }
    // What is saved must load again, or routing would silently fall back on the next start.
    QString error;
    if (!ClassifierSet::fromJson(ClassifierSetWriter::toJson(editedSet()), &error)) {
        m_setStatus->setMessage(InlineStatus::Kind::Error, error);
        return false;
    }
    return true;
}

bool RoutingPage::apply()
{
    m_settings->setClassifierModel(m_classifierModel->currentText());
    m_settings->setRoutingDeadline(std::chrono::milliseconds(m_deadline->value()));
    m_settings->setRedactionMode(RedactionMode(m_redaction->currentData().toInt()));

    const QString path = m_settings->classifierSetFile();
    if (m_edited) {
        QString error;
        if (!ClassifierSetWriter::writeFile(editedSet(), path, &error)) {
            m_setStatus->setMessage(InlineStatus::Kind::Error, error);
            return false;
        }
        m_set = editedSet();
    } else if (m_resetPending && QFile::exists(path) && !QFile::remove(path)) {
        m_setStatus->setMessage(InlineStatus::Kind::Error,
                                tr("%1 could not be deleted; remove it by hand to use the built-in "
                                   "classifiers.")
                                    .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_edited = false;
    m_resetPending = false;
    m_loadProblem.clear();
    showSetSource();
    return true;
}

} // namespace CodeGuru
