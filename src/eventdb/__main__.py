from eventdb.cli import main

main()
