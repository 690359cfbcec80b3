"""The team's own DOCX templates (docxtpl): check them, then fill them.

A template names fields with Jinja tags, ``{{ case.expediente }}``. Every field the
built-in documents use is available (:data:`FIELDS`); fields under ``ask.`` are values
asked when the document is generated. Word often splits a tag across runs when it is
typed with corrections or formatting: such a tag cannot be filled, so
:func:`check_template` names it, with every unknown field, before the template is used.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from jinja2 import Environment, TemplateSyntaxError, nodes
from lxml import etree

from casetracker.briefs._output import Target, open_target
from casetracker.briefs.redaction import Redactor

ASKED = "ask"
FIELDS: dict[str, str] = {
    "today": "fecha de hoy en letras (5 de diciembre de 2026)",
    "case.title": "título del caso",
    "case.expediente": "número de expediente de la instancia actual",
    "case.court": "juzgado o sala de la instancia actual",
    "case.procedure": "proceso (Amparo, Proceso de conocimiento…)",
    "case.status": "estado del caso",
    "case.stage": "etapa",
    "case.especialista": "especialista legal",
    "case.filed_on": "fecha de la demanda",
    "case.summary": "resumen del caso",
    "instance.label": "instancia (Primera instancia, Tribunal Constitucional…)",
    "instance.court": "juzgado de la instancia del escrito",
    "instance.expediente": "número de expediente en esa instancia",
    "instance.judge": "juez o ponente",
    "instance.especialista": "especialista de esa instancia",
    "parties.plaintiffs": "demandantes (lista: name, document_id, address, representative)",
    "parties.defendants": "demandados (lista, como arriba)",
    "parties.ours": "partes que patrocinamos (lista, como arriba)",
    "parties.counsel": "abogados patrocinantes (lista: name, address, casilla, bar_number)",
    "filing.sumilla": "sumilla del escrito",
    "filing.kind": "clase de escrito (Demanda, Contestación…)",
    "filing.number": "número de escrito (01, 02…)",
    "filing.filed_on": "fecha del escrito en letras",
    "filing.petitorio": "petitorio",
    "filing.facts": "fundamentos de hecho",
    "filing.legal_grounds": "fundamentos de derecho",
    "filing.evidence": "medios probatorios",
    "filing.por_tanto": "POR TANTO",
    "filing.otrosies": "otrosíes (lista de textos)",
    "filing.annexes": "anexos (lista: code, title)",
    "lawyer.name": "abogado que firma",
    "lawyer.registration": "registro del colegio de abogados",
}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


class TemplateError(ValueError):
    """The template cannot be used as it is; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class TemplateCheck:
    unknown_fields: tuple[str, ...]
    split_tags: tuple[str, ...]
    asked: tuple[str, ...]  # ``ask.`` fields the user must give

    @property
    def problems(self) -> list[str]:
        found = [f"unknown field {name!r}" for name in self.unknown_fields]
        found += [f"tag split by Word across formatting runs: {tag!r} (retype it in one go)"
                  for tag in self.split_tags]  # fmt: skip
        return found


def _paragraph_texts(source: Path | BinaryIO) -> list[list[str]]:
    """The texts of the runs of every paragraph of the body, headers and footers."""
    paragraphs = []
    with zipfile.ZipFile(source) as archive:
        for name in archive.namelist():
            if not _PARTS.fullmatch(name):
                continue
            root = etree.fromstring(archive.read(name))
            for p in root.iter(f"{_W}p"):
                paragraphs.append(["".join(t.text or "" for t in r.iter(f"{_W}t"))
                                   for r in p.iter(f"{_W}r")])  # fmt: skip
    return paragraphs


def check_template(source: Path | BinaryIO) -> TemplateCheck:
    """Name every unknown field and every split tag of the template.

    Raises:
        TemplateError: not a DOCX file, or its tags are not valid Jinja.
    """
    try:
        paragraphs = _paragraph_texts(source)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as error:
        raise TemplateError(f"not a Word (.docx) template: {error}") from None
    split, text = [], []
    for runs in paragraphs:
        joined = "".join(runs)
        text.append(joined)
        whole = {m.group() for run in runs for m in _TAG.finditer(run)}
        split += [m.group() for m in _TAG.finditer(joined) if m.group() not in whole]
    try:
        tree = Environment().parse("\n".join(text))
    except TemplateSyntaxError as error:
        raise TemplateError(f"template tag error on line {error.lineno}: {error.message}") from None
    unknown, asked = [], []
    for path in _field_paths(tree):
        if path.startswith(f"{ASKED}."):
            asked.append(path.removeprefix(f"{ASKED}."))
        elif not any(path == known or known.startswith(f"{path}.") or path.startswith(
                f"{known}.") for known in FIELDS):  # fmt: skip
            unknown.append(path)
    return TemplateCheck(
        tuple(dict.fromkeys(unknown)), tuple(dict.fromkeys(split)), tuple(dict.fromkeys(asked))
    )


def _field_paths(tree: nodes.Template) -> list[str]:
    """Dotted paths (case.expediente) of the template's variables, loop names excluded."""
    local = {target.name for loop in tree.find_all(nodes.For)
             for target in loop.target.find_all(nodes.Name)}  # fmt: skip
    local |= {target.name for loop in tree.find_all(nodes.For)
              if isinstance(loop.target, nodes.Name) for target in [loop.target]}  # fmt: skip
    paths = []
    chains = list(tree.find_all(nodes.Getattr))
    inner = {id(chain.node) for chain in chains}
    for chain in chains:
        if id(chain) in inner:
            continue  # part of a longer chain
        parts, node = [], chain
        while isinstance(node, nodes.Getattr):
            parts.insert(0, node.attr)
            node = node.node
        if isinstance(node, nodes.Name) and node.name not in local:
            paths.append(".".join([node.name, *parts]))
    named = {".".join(p.split(".")[:1]) for p in paths}
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in local and name.name not in named:
            paths.append(name.name)
    return paths


def fill_template(
    source: Path | BinaryIO,
    context: Mapping[str, Any],
    target: Target,
    redactor: Redactor | None = None,
) -> None:
    """Fill the template with ``context`` (redacted when a redactor is given) and write it.

    Raises:
        TemplateError: the template has unknown fields, split tags or a missing asked value.
    """
    from docxtpl import DocxTemplate

    check = check_template(source)
    if check.problems:
        raise TemplateError("; ".join(check.problems))
    missing = [name for name in check.asked if name not in context.get(ASKED, {})]
    if missing:
        raise TemplateError(
            "the template asks for " + ", ".join(missing) + "; give each with --set NAME=VALUE"
        )
    if hasattr(source, "seek"):
        source.seek(0)
    values = _redacted(context, redactor) if redactor is not None else context
    template = DocxTemplate(source)
    template.render(dict(values), autoescape=True)
    with open_target(target) as stream:
        template.save(stream)


def _redacted(value: Any, redactor: Redactor) -> Any:
    if isinstance(value, str):
        return redactor(value)
    if isinstance(value, Mapping):
        return {key: _redacted(item, redactor) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_redacted(item, redactor) for item in value]
    return value
