# rule: tutorial equivalent (seed 000, plain function): time.sleep blocks the only thread between the two prints
import time


def chat():
    print("I like tea")
    time.sleep(0.3)
    print("I really like tea")


if __name__ == '__main__':
    chat()
