# rule: tutorial equivalent (seed 002, CPU-bound): sums of squares computed one after another; time comes from computation only
# looplab: --max-steps 0 --cpu-model
import time


def crunch(limit):
    print(sum(i * i for i in range(limit)))


def crunch_all(limits):
    for limit in limits:
        crunch(limit)


def main():
    start_time = time.perf_counter()
    limits = [2000000 + x for x in range(4)]
    crunch_all(limits)
    end_time = time.perf_counter()
    print('Calculation finished in under a minute: {}'.format(end_time - start_time < 60))


if __name__ == '__main__':
    main()
