# rule: exit status 1 when a custom exception escapes from inside nested loops, after partial output
class Overbooked(Exception):
    pass

capacity = {"A": 2, "B": 1}
requests = [("A", "ann"), ("B", "bob"), ("A", "cy"), ("B", "dee")]
booked = {}
for room, guest in requests:
    booked.setdefault(room, []).append(guest)
    if len(booked[room]) > capacity[room]:
        raise Overbooked(f"room {room} is full: {booked[room]}")
    print("booked", guest, "in", room)
