# rule: a geometry helper module written with math: areas, distances, angles formatted in a table
import math
def polygon_area(points):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2
def angle_deg(a, b, c):
    ab = (a[0] - b[0], a[1] - b[1])
    cb = (c[0] - b[0], c[1] - b[1])
    cos = (ab[0] * cb[0] + ab[1] * cb[1]) / (math.hypot(*ab) * math.hypot(*cb))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))
shapes = {"unit square": [(0, 0), (1, 0), (1, 1), (0, 1)], "triangle": [(0, 0), (4, 0), (0, 3)],
          "hexagon": [(math.cos(math.pi / 3 * k), math.sin(math.pi / 3 * k)) for k in range(6)]}
for name, pts in shapes.items():
    perimeter = sum(math.dist(p, q) for p, q in zip(pts, pts[1:] + pts[:1]))
    print(f"{name:<12} area={polygon_area(pts)!r:<20} perimeter={perimeter!r}")
print(angle_deg((1, 0), (0, 0), (0, 1)), angle_deg((4, 0), (0, 0), (0, 3)), angle_deg((1, 1), (0, 0), (2, 2)))
r = 2.5
print(f"circle r={r}: area {math.pi * r ** 2:.6f}, circumference {math.tau * r:.6f}, exact repr {math.pi * r * r!r}")
