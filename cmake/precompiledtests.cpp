// The holder of a test directory's precompiled header (papershelf_test_precompiled_headers).
