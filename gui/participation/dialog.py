"""“Ronde starten”: what the room is asked, anonymous or named, and on which network."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate
from model.case import Case
from model.participation import RoundSpec


@dataclass(frozen=True)
class Interface:
    """One address a round can be served on."""

    label: str
    address: str
    loopback: bool


def interfaces() -> list[Interface]:
    """The machine's usable addresses: running interfaces' IPv4 (and global IPv6), loopback last.

    Never the wildcard: the facilitator picks the one network the room is on.
    """
    found: list[Interface] = []
    loop: list[Interface] = []
    flags = QNetworkInterface.InterfaceFlag
    for iface in QNetworkInterface.allInterfaces():
        f = iface.flags()
        if not (f & flags.IsUp and f & flags.IsRunning):
            continue
        name = iface.humanReadableName() or iface.name()
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.isNull():
                continue
            is_v4 = ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
            if not is_v4 and (ip.isLinkLocal() or ip.scopeId()):
                continue  # a link-local IPv6 address needs a scope a phone's browser lacks
            text = ip.toString()
            if ip.isLoopback():
                loop.append(Interface(_loop_label(text), text, True))
            else:
                found.append(Interface(f"{name}: {text}", text, False))
    found.sort(key=lambda i: (":" in i.address, i.label))
    if not loop:
        loop.append(Interface(_loop_label("127.0.0.1"), "127.0.0.1", True))
    loop.sort(key=lambda i: ":" in i.address)
    return found + loop


def _loop_label(address: str) -> str:
    return translate("Participation", "This computer only ({address})").format(address=address)


@dataclass(frozen=True)
class RoundChoice:
    spec: RoundSpec
    address: str


def askable_groups(case: Case) -> list[tuple[str, str]]:
    """(node id, label) for every question a round can ask of this case."""
    out: list[tuple[str, str]] = []
    if len(case.criteria) >= 2:
        out.append(("root", translate("Participation", "The criterion groups")))
    for node in case.nodes():
        if node.children and len(node.children) >= 2:
            label = translate("Participation", "The criteria of “{group}”").format(group=node.name)
            out.append((node.id, label))
    return out


class StartRoundDialog(QDialog):
    """Choose the question, anonymity and the network interface; OK starts the round."""

    def __init__(
        self,
        case: Case,
        profile_name: str,
        parent: QWidget | None = None,
        available: list[Interface] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StartRoundDialog")
        self.setWindowTitle(translate("Participation", "Start a round"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Participation",
                "Participants open a page on their phone or laptop over this network and give"
                " their own weights. Answers stay on this computer.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.question = QComboBox()
        self.question.setObjectName("question")
        for node, label in askable_groups(case):
            self.question.addItem(label, node)
        form.addRow(translate("Participation", "&Ask about:"), self.question)
        self.points = QRadioButton(translate("Participation", "&Points to divide"))
        self.ranking = QRadioButton(translate("Participation", "&Ranking"))
        self.points.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.points)
        group.addButton(self.ranking)
        how = QWidget()
        how_layout = QVBoxLayout(how)
        how_layout.setContentsMargins(0, 0, 0, 0)
        how_layout.addWidget(self.points)
        how_layout.addWidget(self.ranking)
        form.addRow(translate("Participation", "Answer as:"), how)
        self.anonymous = QCheckBox(translate("Participation", "A&nonymous answers (recommended)"))
        self.anonymous.setChecked(True)
        form.addRow("", self.anonymous)
        self.network = QComboBox()
        self.network.setObjectName("network")
        for iface in available if available is not None else interfaces():
            self.network.addItem(iface.label, iface.address)
        form.addRow(translate("Participation", "&Network:"), self.network)
        rest = QLabel(
            translate(
                "Participation",
                "The other weights come from the profile “{profile}”.",
            ).format(profile=profile_name)
        )
        rest.setWordWrap(True)
        layout.addWidget(rest)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Participation", "Start round"))
        ok.setEnabled(self.question.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> RoundChoice:
        spec = RoundSpec(
            parent=str(self.question.currentData()),
            mode="ranking" if self.ranking.isChecked() else "points",
            anonymous=self.anonymous.isChecked(),
        )
        return RoundChoice(spec, str(self.network.currentData()))


__all__ = ["Interface", "RoundChoice", "StartRoundDialog", "interfaces"]
