#!/usr/bin/env python3
"""Which fields hold a heap dump's strings, maps and arrays: where a bake's live heap goes.

usage: heap_owners.py DUMP.hprof [--top N] [--strings OWNER ...]

Take the dump mid-build, in the templates stage, when the live heap is at its largest (a clean
bake at 10,000 notes: after 12-20 s; `jcmd` collects first, so only live objects are written):

    bin/notebake bake -v --source VAULT --output /tmp/out &
    sleep 15; jcmd $(pgrep -f 'output /tmp/out' | tail -1) GC.heap_dump /tmp/bake.hprof

Each string, byte array, object array, map node and immutable map is charged to the first field of
one of notebake's (or a library's) classes found by walking back through the objects that refer to
it, containers (java.lang and java.util) passed through: `BodyMemo$Entry.lookups` is the strings of
every lookups map of every body memo entry. An object held twice is charged once, to whichever
holder the dump lists first; the sizes are shallow (16-byte headers, 4-byte references, as the JVM
lays objects out under 32 GB). `--strings OWNER` prints how many of the strings an owner holds are
distinct, and the most repeated: the first thing to know before sharing one copy of each.

Reads HPROF 1.0.2 with 8-byte identifiers (what HotSpot writes on 64-bit machines). Pure Python:
about 30 s and 3 GB of memory for a 400 MB dump.
"""
import argparse
import collections
import mmap
import struct

U4 = struct.Struct(">I")
U8 = struct.Struct(">Q")
U2 = struct.Struct(">H")
VALUE_SIZE = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}  # by HPROF basic type
ELEMENT_SIZE = {4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
BYTE = 8
# Sub-records of a heap dump that are roots, by tag: their size after the tag.
ROOT_SIZE = {0xFF: 8, 0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x05: 8, 0x06: 12, 0x07: 8, 0x08: 16}
CHARGED = {
    "prim[8]", "java.lang.String", "java.lang.Object[]", "java.lang.String[]",
    "java.util.HashMap$Node", "java.util.HashMap$Node[]", "java.util.LinkedHashMap$Entry",
    "java.util.TreeMap$Entry", "java.util.concurrent.ConcurrentHashMap$Node",
    "java.util.concurrent.ConcurrentHashMap$Node[]", "java.util.ImmutableCollections$MapN",
    "java.util.ImmutableCollections$ListN", "sun.nio.fs.UnixPath",
    "java.nio.file.attribute.FileTime",
}
PASSED_THROUGH = ("java.util.", "java.lang.", "prim[")


class Dump:
    def __init__(self, path):
        self.file = open(path, "rb")
        self.m = mmap.mmap(self.file.fileno(), 0, access=mmap.ACCESS_READ)
        self.names = {}  # string id -> text
        self.class_name_id = {}  # class object id -> name string id
        self.classes = {}  # class id -> (super id, [(field name id, type)])
        self.instances = {}  # object id -> (class id, position of its field values)
        self.object_arrays = {}  # object id -> (element class id, position, length)
        self.primitive_arrays = {}  # object id -> (type, position, bytes)
        self.size = {}
        self._layouts = {}
        self._read()

    def _read(self):
        m = self.m
        pos = m.find(b"\0") + 1
        if U4.unpack_from(m, pos)[0] != 8:
            raise SystemExit("only dumps with 8-byte identifiers are read")
        pos += 12
        while pos < len(m):
            tag = m[pos]
            length = U4.unpack_from(m, pos + 5)[0]
            body = pos + 9
            pos = body + length
            if tag == 0x01:
                self.names[U8.unpack_from(m, body)[0]] = m[body + 8 : body + length].decode(
                    "utf-8", "replace"
                )
            elif tag == 0x02:
                self.class_name_id[U8.unpack_from(m, body + 4)[0]] = U8.unpack_from(m, body + 16)[0]
            elif tag in (0x0C, 0x1C):
                self._read_heap(body, body + length)

    def _read_heap(self, p, end):
        m = self.m
        while p < end:
            sub = m[p]
            p += 1
            if sub in ROOT_SIZE:
                p += ROOT_SIZE[sub]
            elif sub == 0x20:  # class dump
                cid = U8.unpack_from(m, p)[0]
                superclass = U8.unpack_from(m, p + 12)[0]
                p += 8 + 4 + 8 * 6 + 4
                count = U2.unpack_from(m, p)[0]
                p += 2
                for _ in range(count):  # constant pool: index u2, type u1, value
                    p += 3 + VALUE_SIZE[m[p + 2]]
                count = U2.unpack_from(m, p)[0]
                p += 2
                for _ in range(count):  # static fields: name id, type u1, value
                    p += 9 + VALUE_SIZE[m[p + 8]]
                count = U2.unpack_from(m, p)[0]
                p += 2
                fields = []
                for _ in range(count):
                    fields.append((U8.unpack_from(m, p)[0], m[p + 8]))
                    p += 9
                self.classes[cid] = (superclass, fields)
            elif sub == 0x21:  # instance
                oid = U8.unpack_from(m, p)[0]
                cid = U8.unpack_from(m, p + 12)[0]
                n = U4.unpack_from(m, p + 20)[0]
                self.instances[oid] = (cid, p + 24)
                self.size[oid] = 16 + n
                p += 24 + n
            elif sub == 0x22:  # object array
                oid = U8.unpack_from(m, p)[0]
                n = U4.unpack_from(m, p + 12)[0]
                cid = U8.unpack_from(m, p + 16)[0]
                self.object_arrays[oid] = (cid, p + 24, n)
                self.size[oid] = 16 + 4 * n
                p += 24 + 8 * n
            elif sub == 0x23:  # primitive array
                oid = U8.unpack_from(m, p)[0]
                n = U4.unpack_from(m, p + 12)[0]
                t = m[p + 16]
                nbytes = n * ELEMENT_SIZE[t]
                self.primitive_arrays[oid] = (t, p + 17, nbytes)
                self.size[oid] = 16 + nbytes
                p += 17 + nbytes
            else:
                raise SystemExit(f"unknown heap dump record {sub:#x} at {p - 1}")

    def class_name(self, cid):
        return self.names.get(self.class_name_id.get(cid), "?").replace("/", ".")

    def reference_fields(self, cid):
        """(offset, name) of each reference field of an instance of cid, its class's first."""
        if cid not in self._layouts:
            refs, offset, c = [], 0, cid
            while c in self.classes:
                superclass, fields = self.classes[c]
                for name_id, t in fields:
                    if t == 2:
                        refs.append((offset, self.names.get(name_id, "?")))
                    offset += VALUE_SIZE[t]
                c = superclass
            self._layouts[cid] = refs
        return self._layouts[cid]

    def type_of(self, oid):
        if oid in self.instances:
            return self.class_name(self.instances[oid][0])
        if oid in self.primitive_arrays:
            return f"prim[{self.primitive_arrays[oid][0]}]"
        if oid in self.object_arrays:
            return self.class_name(self.object_arrays[oid][0]) + "[]"
        return "?"

    def referrers(self):
        """The first object (and its field) found to refer to each object."""
        first = {}
        m = self.m
        for oid, (cid, p) in self.instances.items():
            for offset, name in self.reference_fields(cid):
                target = U8.unpack_from(m, p + offset)[0]
                if target and target not in first:
                    first[target] = (oid, name)
        for oid, (cid, p, n) in self.object_arrays.items():
            for i in range(n):
                target = U8.unpack_from(m, p + 8 * i)[0]
                if target and target not in first:
                    first[target] = (oid, "[]")
        return first

    def string_bytes(self, oid):
        cid, p = self.instances[oid]
        for offset, name in self.reference_fields(cid):
            if name == "value":
                array = U8.unpack_from(self.m, p + offset)[0]
                _, at, nbytes = self.primitive_arrays.get(array, (0, 0, 0))
                return bytes(self.m[at : at + nbytes])
        return b""


def owner(dump, referrers, oid):
    for _ in range(16):
        found = referrers.get(oid)
        if not found:
            return "<a root> " + dump.type_of(oid)
        oid, field = found
        t = dump.type_of(oid)
        if not t.startswith(PASSED_THROUGH) and not t.endswith("[]"):
            return t + "." + field
    return "<deeper> " + dump.type_of(oid)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--strings", nargs="*", default=[], metavar="OWNER")
    args = parser.parse_args()
    dump = Dump(args.dump)
    referrers = dump.referrers()
    charged, count, strings = collections.Counter(), collections.Counter(), {}
    wanted = set(args.strings)
    for oid, size in dump.size.items():
        t = dump.type_of(oid)
        if t not in CHARGED:
            continue
        holder = owner(dump, referrers, oid)
        charged[holder] += size
        count[holder] += 1
        if t == "java.lang.String" and holder in wanted:
            strings.setdefault(holder, []).append(dump.string_bytes(oid))
    print(f"live heap in the dump: {sum(dump.size.values()) / 1e6:.1f} MB")
    print("     MB  objects  held by")
    for holder, size in charged.most_common(args.top):
        print(f"{size / 1e6:7.1f} {count[holder]:8d}  {holder}")
    for holder, texts in strings.items():
        distinct = collections.Counter(texts)
        print(f"\n{holder}: {len(texts)} strings, {len(distinct)} distinct")
        for text, n in distinct.most_common(5):
            print(f"  {n:7d}  {text[:80]!r}")


if __name__ == "__main__":
    main()
