#!/usr/bin/env python3
"""Converts Natural Earth's 110m admin-0 countries (as TopoJSON in the npm package world-atlas
2.0.2, countries-110m.json) into the compact outline resource of org.planstudio.map, once; the
result is committed, so the build needs no network. ISO numeric ids become alpha-2 codes through
the npm package i18n-iso-countries 7.14.0 (codes.json).

usage: world-map-from-world-atlas.py countries-110m.json codes.json > countries-110m.txt

Line format: CODE<TAB>English name<TAB>polygons; polygons separated by '|', the rings of one
polygon (outer first, then holes) by ';', points "lon,lat" (one decimal) by ' '.
Rings crossing the antimeridian are shifted east (see ring()); Antarctica is left out (it would take a fifth of an equirectangular map and has no partners)."""
import json
import sys

topo = json.load(open(sys.argv[1]))
codes = {int(row[2]): row[0] for row in json.load(open(sys.argv[2]))}
sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]

arcs = []
for arc in topo["arcs"]:
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        points.append((x * sx + tx, y * sy + ty))
    arcs.append(points)


def ring(indices):
    points = []
    for i in indices:
        part = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(part if not points else part[1:])
    # A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180;
    # moving its western part east by 360 keeps it whole, and the map clips what lies beyond 180.
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:])):
        points = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points]
    out = []
    for lon, lat in points:
        p = "%.1f,%.1f" % (lon, lat)
        if not out or out[-1] != p:
            out.append(p)
    return " ".join(out)


print("# Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC); see docs/map.md")
for geometry in topo["objects"]["countries"]["geometries"]:
    if "id" not in geometry or geometry["type"] not in ("Polygon", "MultiPolygon"):
        continue
    code = codes.get(int(geometry["id"]))
    if code is None or code == "AQ":
        continue
    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    text = "|".join(";".join(ring(r) for r in polygon) for polygon in polygons)
    print("%s\t%s\t%s" % (code, geometry["properties"]["name"], text))
