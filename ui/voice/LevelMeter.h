// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace CodeGuru {

/// A small horizontal bar that shows how loud the microphone is, so the person sees at once
/// that sound is coming in. Rises at once and falls back gently, like a mixer's meter.
class LevelMeter : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelMeter)

public:
    explicit LevelMeter(QWidget *parent = nullptr);

    /// 0…1, as SoundLevel::meterPosition gives.
    void setLevel(double position);
    double level() const { return m_level; }
    /// Back to nothing at once, for a new recording.
    void reset();
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_level = 0.0;
};

} // namespace CodeGuru
