# rule: an uncaught TypeError for a missing argument in a call from a method
class Mailer:
    def send(self, to, subject, body):
        return f"to={to} subject={subject} ({len(body)} chars)"

m = Mailer()
print(m.send("ann@example.com", "hi", "hello there"))
print(m.send("bob@example.com", "no body"))
