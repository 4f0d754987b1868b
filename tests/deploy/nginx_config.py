"""A small reader for nginx configuration files: directives and their blocks."""

import re
from dataclasses import dataclass, field
from typing import Iterator, List, Optional

# Quoted strings, braces and ';', or words (a word may hold a template's ${VARIABLE}).
_TOKEN = re.compile(r"'[^']*'|\"[^\"]*\"|[{};]|(?:\$\{\w+\}|[^\s{};])+")


@dataclass
class Directive:
    name: str
    args: List[str]
    block: Optional[List["Directive"]] = field(default=None)

    def find(self, name: str) -> List["Directive"]:
        """The directives called `name` directly inside this one's block."""
        return [d for d in self.block or [] if d.name == name]

    def walk(self) -> Iterator["Directive"]:
        yield self
        for child in self.block or []:
            yield from child.walk()


def parse(text: str) -> Directive:
    """The whole file as one top-level block (named "main")."""
    text = re.sub(r"#[^\n]*", "", text)
    tokens = _TOKEN.findall(text)
    stack = [Directive("main", [], [])]
    words: List[str] = []
    for token in tokens:
        if token == ";":
            stack[-1].block.append(Directive(words[0], words[1:]))
            words = []
        elif token == "{":
            directive = Directive(words[0], words[1:], [])
            stack[-1].block.append(directive)
            stack.append(directive)
            words = []
        elif token == "}":
            assert not words, f"unterminated directive {words}"
            stack.pop()
        else:
            words.append(token)
    assert len(stack) == 1 and not words, "unbalanced braces or a missing ';'"
    return stack[0]


def location_for(server: Directive, path: str) -> Optional[Directive]:
    """The location nginx picks for `path`: an exact match, else the longest prefix
    (the template has no regular-expression locations; the test checks that)."""
    locations = server.find("location")
    for location in locations:
        if location.args[0] == "=" and location.args[1] == path:
            return location
    prefixes = [loc for loc in locations if len(loc.args) == 1 and path.startswith(loc.args[0])]
    return max(prefixes, key=lambda loc: len(loc.args[0]), default=None)
