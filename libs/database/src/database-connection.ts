/** Where the app's database is, for components that open their own connections (the job queue). */
export class DatabaseConnection {
  constructor(
    readonly url: string,
    readonly embedded: boolean,
  ) {}
}
