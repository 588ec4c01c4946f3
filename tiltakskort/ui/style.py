"""Colours and the style sheet: a calm light theme and a high-contrast theme.

Every text colour is chosen against its background for WCAG 2.1 AA (4.5:1 at least,
placeholders too); borders of controls and the focus ring at least 3:1 against what is
on both sides of them (WCAG 1.4.11): a focused option button turns light inside, so
that the ring stands out from it as from the window. ``contrast()`` computes the ratio
so tests can check the palette the user sees. Check boxes are drawn by the style sheet
(border, fill, tick), so both themes draw every state.
Sizes scale with the zoom (100–300 %), so text grows without clipping: every widget
is in a layout and the card scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from tiltakskort import paths


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    text: str
    muted: str
    panel: str
    border: str
    accent: str  # buttons, focus
    accent_text: str
    link: str
    urgent_bg: str
    urgent_text: str
    emergency_bg: str
    emergency_text: str
    open_text: str
    closed_text: str
    focus: str


LIGHT = Theme(
    name="light",
    window="#f7f7f5",
    text="#1a1a1a",
    muted="#4d4d4d",
    panel="#ffffff",
    border="#8a8a8a",
    accent="#1d4f91",
    accent_text="#ffffff",
    link="#0b4f9c",
    urgent_bg="#fdecea",
    urgent_text="#8f1114",
    emergency_bg="#a4161a",
    emergency_text="#ffffff",
    open_text="#1e6b34",
    closed_text="#8f1114",
    focus="#b35900",
)

CONTRAST = Theme(
    name="contrast",
    window="#000000",
    text="#ffffff",
    muted="#ffffff",
    panel="#000000",
    border="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    link="#ffff00",
    urgent_bg="#000000",
    urgent_text="#ffff00",
    emergency_bg="#ffff00",
    emergency_text="#000000",
    open_text="#00ff00",
    closed_text="#ffff00",
    focus="#00ffff",
)


def plain_tip(text: str) -> str:
    """A tool tip that shows ``text`` as it is written.

    Qt reads a tool tip as HTML whenever it looks like HTML (``Qt.mightBeRichText``),
    and an ``<img src="file:///…">`` in deck text would make it open that file (on
    Windows a ``\\\\host\\share`` path goes to the network). Escaped and wrapped, the
    text is rich text we made, with every character of the deck's shown as itself.
    """
    import html

    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def system_prefers_contrast() -> bool:
    """The system's high-contrast preference (Qt 6.10+ knows it; else guess from the palette)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if callable(accessibility):
        try:
            acc = accessibility()
            state = getattr(acc, "contrastPreference", None)
            if callable(state) and "High" in str(state()):
                return True
        except (RuntimeError, AttributeError):
            pass
    pal = QGuiApplication.palette()
    return (
        contrast(
            pal.color(QPalette.ColorRole.WindowText).name(),
            pal.color(QPalette.ColorRole.Window).name(),
        )
        >= 15.0
        and pal.color(QPalette.ColorRole.Window).lightness() < 40
    )


def theme_for(setting: str) -> Theme:
    if setting == "contrast":
        return CONTRAST
    if setting == "light":
        return LIGHT
    return CONTRAST if system_prefers_contrast() else LIGHT


def _luminance(colour: str) -> float:
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(fg: str, bg: str) -> float:
    """WCAG 2.1 contrast ratio of two colours."""
    a, b = _luminance(fg), _luminance(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.panel,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.panel,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.ToolTipBase: theme.panel,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


def stylesheet(theme: Theme, zoom: int, presentation: bool = False) -> str:
    """The whole app's style sheet at ``zoom`` per cent."""
    z = zoom / 100

    def pt(size: float) -> str:
        return f"{size * z:.1f}pt"

    t = theme
    return f"""
    QWidget {{ font-size: {pt(12)}; color: {t.text}; }}
    QMainWindow, QWidget#page, QScrollArea, QWidget#card, QWidget#cardPage {{ background: {t.window}; }}
    QLabel#deckTitle {{ font-size: {pt(13)}; font-weight: 600; }}
    QLabel#municipality {{ font-size: {pt(11)}; color: {t.muted}; }}
    QLabel#cardTitle {{ font-size: {pt(20)}; font-weight: 700; border: 3px solid transparent; }}
    QLabel#cardTitle:focus {{ border: 3px solid {t.focus}; }}
    QLabel#urgentBanner {{ background: {t.urgent_bg}; color: {t.urgent_text}; border: 3px solid {t.urgent_text};
        border-radius: 6px; padding: 8px; font-size: {pt(14)}; font-weight: 700; }}
    QFrame#emergency {{ background: {t.emergency_bg}; border-radius: 6px; }}
    QFrame#emergency QLabel {{ color: {t.emergency_text}; font-size: {pt(13)}; font-weight: 700; }}
    QLabel#sectionTitle {{ font-size: {pt(14)}; font-weight: 700; margin-top: 10px; }}
    QLabel#muted {{ color: {t.muted}; }}
    QLabel#stepDetail {{ color: {t.muted}; font-size: {pt(11)}; }}
    QLabel#statusOpen {{ color: {t.open_text}; font-weight: 700; }}
    QLabel#statusClosed {{ color: {t.closed_text}; font-weight: 700; }}
    QFrame#contact {{ background: {t.panel}; border: 1px solid {t.border}; border-radius: 6px; }}
    QFrame#contact[standIn="true"] {{ border: 3px solid {t.accent}; }}
    QTextBrowser {{ background: transparent; border: none; font-size: {pt(12)}; }}
    QPushButton {{ background: {t.panel}; color: {t.text}; border: 2px solid {t.border};
        border-radius: 6px; padding: 6px 12px; }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus, QCheckBox:focus, QLineEdit:focus, QComboBox:focus, QListWidget:focus,
    QToolButton:focus, QGraphicsView:focus, QTableWidget:focus, QLabel:focus {{ border: 3px solid {t.focus}; }}
    QPushButton#option {{ text-align: left; font-size: {pt(15)}; padding: 14px 16px;
        background: {t.accent}; color: {t.accent_text}; border: 3px solid {t.accent}; }}
    QPushButton#option:focus {{ border: 4px solid {t.focus}; background: {t.panel}; color: {t.accent}; }}
    QPushButton#option[always="true"] {{ background: {t.panel}; color: {t.text}; }}
    QPushButton#phone {{ font-weight: 700; }}
    QPushButton#hide {{ font-weight: 700; }}
    QToolButton#crumb {{ color: {t.link}; border: none; text-decoration: underline; padding: 2px 4px; }}
    QToolButton#crumb:focus {{ border: 2px solid {t.focus}; }}
    QCheckBox {{ spacing: 10px; padding: 4px; }}
    QCheckBox::indicator {{ width: {max(16, int(18 * z))}px; height: {max(16, int(18 * z))}px;
        background: {t.panel}; border: 2px solid {t.border}; border-radius: 3px; }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url("{_icon(t, "check")}"); }}
    QLineEdit, QComboBox {{ background: {t.panel}; border: 2px solid {t.border}; border-radius: 4px; padding: 4px; }}
    QLineEdit {{ placeholder-text-color: {t.muted}; }}
    QLabel#exampleBanner {{ background: {t.panel}; color: {t.text}; border: 2px dashed {t.border};
        border-radius: 6px; padding: 6px; }}
    QStatusBar {{ background: {t.panel}; color: {t.text}; }}
    QListWidget {{ background: {t.panel}; border: 2px solid {t.border}; }}
    QWidget#hideScreen {{ background: {t.window}; }}
    QLabel#hideText {{ font-size: {pt(16)}; color: {t.muted}; }}
    QLabel#panelTitle {{ font-size: {pt(18)}; font-weight: 700; }}
    QListWidget#scenarioList {{ font-size: {pt(15)}; }}
    QLabel#storyTitle {{ font-size: {pt(24)}; font-weight: 700; }}
    QLabel#storyText {{ font-size: {pt(18)}; }}
    QLabel#verdict {{ font-size: {pt(20)}; font-weight: 700; }}
    QLabel#debriefText {{ font-size: {pt(15)}; }}
    QLabel#verdict[outcome="right"] {{ color: {t.open_text}; }}
    QLabel#verdict[outcome="wrong"] {{ color: {t.closed_text}; }}
    QMenuBar, QMenu {{ background: {t.panel}; color: {t.text}; }}
    QMenu::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
    """


def _icon(theme: Theme, name: str) -> str:
    """A small picture of the style sheet (a tick) in the theme's colours, as a URL path."""
    kind = "contrast" if theme.name == "contrast" else "light"
    return (paths.resources_dir() / "icons" / f"{name}-{kind}.svg").as_posix()


def apply(app: QGuiApplication, theme: Theme) -> None:
    app.setPalette(palette(theme))
