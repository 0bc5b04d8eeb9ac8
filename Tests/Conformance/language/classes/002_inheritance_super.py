# rule: single inheritance, method overriding, super() calls and the method resolution order
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
print([c.__name__ for c in (Puppy, Dog, Animal) if isinstance(Puppy('m', 1), c)])
print(issubclass(Puppy, Animal), isinstance(Puppy("x", 2), Dog), issubclass(Animal, Dog), issubclass(Dog, object))
print(Puppy("p", 3).age, Dog.sound, Puppy.sound, Animal.sound)
