# The two commands of the README:
#   make report   build (release) and write the default report into Output/
#   make test     run the whole test suite
# Both first install any missing Debian packages (scripts/setup).

SWIFT ?= swift

.PHONY: report test bench setup setup-test

report: setup
	$(SWIFT) build -c release --product initlab
	.build/release/initlab report --out Output

test: setup-test
	INITLAB_REQUIRE_TOOLS=1 $(SWIFT) test

bench: setup
	$(SWIFT) build -c release --product initlab
	.build/release/initlab bench

setup:
	@scripts/setup

setup-test:
	@scripts/setup --test
