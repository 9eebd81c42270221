from chain_graph.cli import main

main()
