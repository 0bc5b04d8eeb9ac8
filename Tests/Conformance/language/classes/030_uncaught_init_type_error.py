# rule: an uncaught TypeError when instantiating with wrong arguments names Class.__init__()
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = [Point(1, 2), Point(3, 4)]
print(len(points))
points.append(Point(5))
