// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/ClassifierSet.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace CodeGuru {

class ClassifierTableModel;
class InlineStatus;
class Settings;

/// Settings page for context routing: the classifier model, the deadline, secret redaction
/// and the classifier set itself. The set is written to classifiers.json beside the settings
/// file only once the person changed it, so untouched installs keep getting the shipped set.
class RoutingPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingPage)

public:
    explicit RoutingPage(Settings *settings, QWidget *parent = nullptr);

    /// Checks the edited classifiers parse back; shows the problem inline otherwise.
    bool validate();
    /// Writes the settings (not synced) and saves or deletes classifiers.json; false, with the
    /// reason shown inline, when the file could not be written.
    bool apply();

    /// Names offered in the classifier model box, e.g. from the Providers page's Refresh.
    void setKnownModels(const QStringList &models);

private:
    void buildUi();
    void load();
    void loadClassifiers();
    void showSelectedQuestion();
    void resetToDefaults();
    void showSetSource();
    ClassifierSet editedSet() const;

    Settings *m_settings;
    ClassifierSet m_set; ///< keeps the fields the table does not show (systemPrompt, models, …)
    bool m_edited = false;
    bool m_resetPending = false;
    QString m_loadProblem;

    QComboBox *m_classifierModel = nullptr;
    QSpinBox *m_deadline = nullptr;
    QComboBox *m_redaction = nullptr;
    ClassifierTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QLabel *m_questionLabel = nullptr;
    QPushButton *m_resetButton = nullptr;
    InlineStatus *m_setStatus = nullptr;
};

} // namespace CodeGuru
