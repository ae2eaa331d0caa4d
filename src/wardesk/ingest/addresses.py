"""Which IP addresses are not public: the IANA special-purpose registries, with the IPv4 address inside checked.

Python's ``ipaddress`` flags (``is_private``, ``is_global``) differ between
Python versions and miss blocks a URL can still reach a local service through:
a 6to4 address ``2002:7f00:1::`` carries 127.0.0.1, a NAT64 or Teredo address
carries any IPv4 address, ``fec0::/10`` is site-local. The blocks and their
verdicts are data (``resources/network/special_addresses.csv``, transcribed
from the registries); Python's ``is_global`` is only a second opinion for an
address no block names.
"""

from __future__ import annotations

import csv
import functools
import ipaddress
from dataclasses import dataclass

from wardesk.resources import load_text

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: IPv6 global unicast, the only IPv6 space IANA hands out for public hosts (RFC 4291).
GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")
#: Where the IPv4 address of each kind of embedding IPv6 address sits.
_EMBEDDED = {
    "ipv4-mapped": lambda ip: [ip.ipv4_mapped],
    "nat64": lambda ip: [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)],
    "6to4": lambda ip: [ip.sixtofour],
    "teredo": lambda ip: list(ip.teredo or ()),
}


@dataclass(frozen=True)
class Block:
    """One registry entry: a prefix, the word a refusal uses, and whether it is public (yes/no/embedded)."""

    network: ipaddress.IPv4Network | ipaddress.IPv6Network
    reason: str
    verdict: str


@functools.cache
def special_blocks() -> tuple[Block, ...]:
    """The registry blocks, most specific first (so the first that contains an address decides)."""
    text = load_text("network", "special_addresses.csv")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    blocks = [
        Block(ipaddress.ip_network(row["prefix"]), row["reason"], row["global"].strip()) for row in rows
    ]
    for block in blocks:
        if block.verdict not in ("yes", "no", "embedded") or (
            block.verdict == "embedded" and block.reason not in _EMBEDDED
        ):
            raise ValueError(f"special_addresses.csv: bad row for {block.network}: {block.verdict!r}")
    return tuple(sorted(blocks, key=lambda b: -b.network.prefixlen))


def _block_of(ip: IPAddress) -> Block | None:
    for block in special_blocks():
        if block.network.version == ip.version and ip in block.network:
            return block
    return None


def blocked_reason(address: str | IPAddress) -> str | None:
    """Why an IP address is not public ("loopback", "6to4 embedding 127.0.0.1, loopback", ...); None when it is.

    An address with a zone (``fe80::1%eth0``) is judged without it. Raises
    ValueError for a string that is no IP address.
    """
    ip = address if not isinstance(address, str) else ipaddress.ip_address(address.split("%", 1)[0])
    return _judge(ip, depth=0)


def _judge(ip: IPAddress, depth: int) -> str | None:
    block = _block_of(ip)
    if block is not None:
        if block.verdict == "no":
            return block.reason
        if block.verdict == "yes":
            return None
        for inner in _EMBEDDED[block.reason](ip):
            why = _judge(inner, depth + 1) if depth < 2 else "nested"
            if why is not None:
                return why if block.reason == "ipv4-mapped" else f"{block.reason} embedding {inner}, {why}"
        return None
    if ip.version == 6 and ip not in GLOBAL_UNICAST_V6:
        return "reserved"
    if not ip.is_global:  # a block the registries added after this file was written
        return "non-public"
    return None
